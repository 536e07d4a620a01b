import { createRoute, z } from "@hono/zod-openapi";
import { MeetingSchema } from "../../domain/views/meetings.ts";
import { listMeetings } from "../../operations/meetings/list-meetings.ts";
import { recordMeeting } from "../../operations/meetings/record-meeting.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, IdParams, json } from "./route-schemas.ts";

const tags = ["meetings"];

const NewMeeting = z
  .object({
    heldOn: z.iso.date(),
    place: z.string().trim().min(1).max(500),
    participants: z.number().int().min(0).max(1_000_000),
    questions: z.string().max(10_000).default(""),
    measureIds: z.array(z.number().int().positive()).max(500).default([]),
  })
  .strict()
  .openapi("NewMeeting");

const list = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/meetings",
  tags,
  summary: "Meetings with residents about a program, latest first",
  request: { params: IdParams },
  responses: {
    200: { description: "the meetings", ...json(z.array(MeetingSchema)) },
    ...errors(401, 403, 404),
  },
});
const create = createRoute({
  method: "post",
  path: "/api/v1/programs/{id}/meetings",
  tags,
  summary: "Record a meeting with residents (date, place, participants, questions raised, linked measures)",
  request: { params: IdParams, body: { ...json(NewMeeting), required: true } },
  responses: {
    201: { description: "the meeting", ...json(MeetingSchema) },
    ...errors(400, 401, 403, 404),
  },
});

/** Meetings with residents. */
export function meetingRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    return c.json(await listMeetings(c.get("deps").db, actor, c.req.valid("param").id), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    const meeting = await recordMeeting(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json"),
    );
    return c.json(meeting, 201);
  });
}
