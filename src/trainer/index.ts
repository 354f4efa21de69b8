// Trainer mode, pure core: blank templates and the rules beside them, worked examples, exercises with
// injected errors, scoring and the exercise file. The UI (src/ui/trainer) is a thin layer over this.
export { blankTemplate, templateById, listTemplates, TEMPLATE_IDS, chineseOrdinal, templateChecks, templateGroup, TEMPLATE_GROUPS, type TemplateGroup, type TemplateInfo } from './templates.ts';
export { templateRules, type TemplateRule } from './template-rules.ts';
export { fillTemplate } from './fill.ts';
export { checkAll, findingSignature, singleTableDocument } from './check-all.ts';
export { workedExamples, type WorkedExample } from './worked-examples.ts';
export { injectErrors, createExercise, type InjectOptions, type Injection } from './inject.ts';
export { scoreAttempt, markHits } from './score.ts';
export {
  serialiseExercise, parseExercise, EXERCISE_FORMAT, EXERCISE_VERSION,
  type ExerciseProblem, type ExerciseProblemCode, type ExerciseResult,
} from './exercise-file.ts';
export * from './exercise-types.ts';
