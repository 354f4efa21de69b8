// Trainer mode's messages ('trainer.*' in src/messages: panel labels, error kinds, exercise-file problems):
// trainerText(lang, key) is msg(lang, `trainer.${key}`). The pure core (src/trainer) returns codes only.
import type { ErrorKind, ExerciseProblemCode, TemplateGroup } from '../../trainer/index.ts';
import { msg, type Lang, type SubKey } from '../../messages/index.ts';

type Key = SubKey<'trainer'>;

export function trainerText(lang: Lang, key: Key): string {
  return msg(lang, `trainer.${key}`);
}

export function kindName(lang: Lang, kind: ErrorKind): string {
  return msg(lang, `trainer.kind.${kind}`);
}

export function describeExerciseProblem(lang: Lang, code: ExerciseProblemCode, params: Readonly<Record<string, string | number>> = {}): string {
  return msg(lang, `trainer.problem.${code}`, params);
}

/** 部门决算 / 部门预算: the groups of the template and example pickers. */
export function groupName(lang: Lang, group: TemplateGroup): string {
  return msg(lang, `trainer.group.${group}`);
}
