/**
 * Menu labels of the reporting and admin screens (namespace "reportingNav"), registered at start
 * because the menu shows before those screens' chunks load.
 */
import i18next from "i18next";

const LABELS = {
  ky: {
    myReports: "Менин отчетторум",
    review: "Текшерүү",
    dashboard: "Көрсөткүчтөр",
    imports: "Импорт",
    admin: "Башкаруу",
    territories: "Аймактар",
    profile: "Профиль",
    residentQuestions: "Тургундардын суроолору",
  },
  ru: {
    myReports: "Мои отчёты",
    review: "Проверка",
    dashboard: "Показатели",
    imports: "Импорт",
    admin: "Администрирование",
    territories: "Территории",
    profile: "Профиль",
    residentQuestions: "Вопросы жителей",
  },
  en: {
    myReports: "My reports",
    review: "Review",
    dashboard: "Dashboard",
    imports: "Import",
    admin: "Admin",
    territories: "Territories",
    profile: "Profile",
    residentQuestions: "Residents' questions",
  },
};

/** Adds the labels to i18next (idempotent). */
function register(): void {
  for (const [lng, labels] of Object.entries(LABELS))
    i18next.addResourceBundle(lng, "reportingNav", labels, true, true);
}

// This module loads with the route table, before i18next starts: register once it has.
if (i18next.isInitialized) register();
else i18next.on("initialized", register);
