// The dossier's texts, shared by the form, the detail page and the evaluator's score page.

/** The long texts of the application (Phụ lục I, Thông tư 18/2013/TT-BKHCN), in the order of the form. */
export const CONTENT_TEXTS = [
  'currentState',
  'solution',
  'novelty',
  'confidentialParts',
  'applicationConditions',
  'benefitsByAuthors',
  'benefitsByAppliers',
] as const;
export type ContentText = (typeof CONTENT_TEXTS)[number];
