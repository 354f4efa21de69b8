// Cross-year checks: extract each report's year facts once, link reports of one department in consecutive
// years, check each linked pair. Pure; the CLI batch and the workbench use the same functions.
export { extractYearFacts, type YearFacts } from './facts.ts';
export { linkYears, matchDepartments, normaliseDepartment, type LinkResult, type YearLink } from './link.ts';
export { checkCrossYear } from './check.ts';
export { reportKind, type ReportKind } from './kind.ts';
