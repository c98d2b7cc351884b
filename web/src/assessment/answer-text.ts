/** What an answer says, in French, given its criterion's type and options. */
export interface CriterionShape {
  answerType: string;
  options?: { code: string; label: string }[] | null;
  levels?: { value: number; label: string }[] | null;
}

export interface AnswerShape {
  notApplicable: boolean;
  booleanValue?: boolean | null;
  numberValue?: number | null;
  choice?: string | null;
}

export function answerText(criterion: CriterionShape | undefined, answer: AnswerShape | undefined): string {
  if (!answer) return "Sans réponse";
  if (answer.notApplicable) return "Non applicable";
  switch (criterion?.answerType) {
    case "YES_NO":
      return answer.booleanValue == null ? "Sans réponse" : answer.booleanValue ? "Oui" : "Non";
    case "CHOICE":
      return criterion.options?.find((o) => o.code === answer.choice)?.label ?? answer.choice ?? "Sans réponse";
    case "LEVEL":
      return (
        criterion.levels?.find((l) => l.value === answer.numberValue)?.label ??
        (answer.numberValue != null ? `Niveau ${answer.numberValue}` : "Sans réponse")
      );
    case "PERCENT":
      return answer.numberValue == null ? "Sans réponse" : `${answer.numberValue} %`;
    default:
      return answer.numberValue == null ? "Sans réponse" : answer.numberValue.toLocaleString("fr-FR");
  }
}
