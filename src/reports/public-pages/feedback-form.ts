/**
 * The question form of a program or measure page: plain HTML that posts without JavaScript; with
 * JavaScript a tiny inline script first solves the ALTCHA-compatible proof-of-work (GET
 * /public/altcha, SHA-256 in the browser) and puts the solution in the hidden field `altcha`.
 */
import { QUESTION_MAX } from "../../domain/portal-link.ts";
import { type Html, html, raw } from "../html.ts";
import { href } from "./layout.ts";
import type { PortalLang } from "./strings.ts";
import { stringsOf } from "./strings.ts";

/** The form posting to /public/programs/{id}/feedback, about the program or one measure. */
export function feedbackForm(lang: PortalLang, programId: number, measureId?: number): Html {
  const s = stringsOf(lang);
  const action = href(`/public/programs/${programId}/feedback`, lang);
  return html`<h2 id="ask-title">${s.ask}</h2><form id="ask" class="card" method="post" action="${action}" aria-labelledby="ask-title">
<p class="st">${s.askHint}</p>${measureId === undefined ? "" : html`<input type="hidden" name="measureId" value="${measureId}">`}
<label for="q-body">${s.question}</label><textarea id="q-body" name="body" required maxlength="${QUESTION_MAX}"></textarea>
<label for="q-name">${s.name}</label><input type="text" id="q-name" name="authorName" maxlength="200" autocomplete="name">
<label class="check"><input type="checkbox" name="showName" value="1"> ${s.showName}</label>
<label for="q-contact">${s.contact}</label><input type="text" id="q-contact" name="contact" maxlength="200">
<div class="trap"><label for="q-website">Website (leave empty)</label><input type="text" id="q-website" name="website" tabindex="-1" autocomplete="off"></div>
<input type="hidden" name="altcha" value=""><button type="submit">${s.send}</button><p class="st">${s.powNote}</p></form>`;
}

/** Solves the challenge on submit, then submits; any failure submits without it (moderation decides). */
export const SOLVER_SCRIPT = raw(`<script>
(function(){var f=document.getElementById("ask");if(!f||!window.crypto||!crypto.subtle||!window.fetch)return;var go=false;
function hex(b){return Array.prototype.map.call(new Uint8Array(b),function(x){return("0"+x.toString(16)).slice(-2)}).join("")}
async function solve(c){var e=new TextEncoder();for(var n=0;n<=c.maxnumber;n++){if(hex(await crypto.subtle.digest("SHA-256",e.encode(c.salt+n)))===c.challenge)return n}return null}
f.addEventListener("submit",function(ev){if(go)return;ev.preventDefault();f.querySelector("button").disabled=true;
fetch("/public/altcha",{credentials:"omit"}).then(function(r){return r.json()}).then(function(c){return solve(c).then(function(n){
if(n!==null)f.elements.altcha.value=btoa(JSON.stringify({algorithm:c.algorithm,challenge:c.challenge,number:n,salt:c.salt,signature:c.signature}))})})
.catch(function(){}).then(function(){go=true;f.submit()})})})();
</script>`);
