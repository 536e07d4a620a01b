/**
 * A district plan of any size as tab-separated text, rows like the seed plans' (number, task,
 * action, deadline, result, responsible, funding) under numbered section headings: the large
 * import of the e2e test and of `npm run bench:import`.
 */

const BODIES = [
  "Таш-Көмүр шаардык мэриясы",
  "Таш-Көмүр шаардык мэриясынын алдындагы Муниципалдык менчик департаменти",
  "Кадастр",
  "Суу чарба ишканасы",
];
const FUNDING = ["РБ", "ЖБ", "Инвестор", "ЖБ, РБ", "Демөөрчү"];
const QUARTERS = ["I", "II", "III", "IV"];

/**
 * The text of a plan with `measures` rows in `sections` sections (row n is numbered n); row
 * `unclear` (if given) has a deadline the importer cannot read, for a person to fix.
 */
export function largePlanText(measures = 2000, sections = 40, unclear?: number): string {
  const lines = [
    "Таш-Көмүр шаардык мэриясынын 2026-жыл ичинде шаарды социалдык-экономикалык жактан өнүктүрүү боюнча Программасы",
    "",
    "№\tМилдеттер\tЧаралар/аракеттер\tИшке ашыруу мөөнөтү\tКүтүлгөн натыйжалар (продукт)\tЖооптуу аткаруучулар\tКаржылоо булагы (РБ, ЖБ, Инвест)",
  ];
  const perSection = Math.ceil(measures / sections);
  for (let n = 1; n <= measures; n++) {
    if ((n - 1) % perSection === 0)
      lines.push(
        `${Math.floor((n - 1) / perSection) + 1}. Тармакты өнүктүрүү багыты ${Math.floor((n - 1) / perSection) + 1}\t\t\t\t\t\t`,
      );
    lines.push(
      [
        String(n),
        `Шаардын ${n}-аймагындагы инфратүзүмдү жакшыртуу жана калкка ыңгайлуу шарттарды түзүү`,
        `Шаардын ${n}-көчөсүнө асфальт төшөө, тротуар куруу жана көчө жарыктандыруусун калыбына келтирүү боюнча иш алып баруу, жашоочуларга ыңгайлуу шарттарды түзүү`,
        n === unclear ? "такталат" : `2026-жылдын ${QUARTERS[n % 4]}-кварталы`,
        `Шаардын ${n}-көчөсүнө асфальт төшөлүп, тротуар курулуп, көчө жарыктандырылып, жашоочуларга ыңгайлуу шарттар түзүлдү`,
        `${BODIES[n % BODIES.length]}, ${BODIES[(n + 1) % BODIES.length]}`,
        FUNDING[n % FUNDING.length],
      ].join("\t"),
    );
  }
  return `${lines.join("\n")}\n`;
}
