/** What the spreadsheet locale changes in how typed text is read and values are shown. */
export interface LocaleRules {
  decimal: string;
  /** Characters accepted as thousands separators when reading typed numbers. */
  groups: string;
  /** The separator used when displaying grouped numbers. */
  group: string;
  dayFirst: boolean;
  dateFormat: string;
  dateTimeFormat: string;
  trueLabel: string;
  falseLabel: string;
  defaultSheetName: (n: number) => string;
}

const EN: LocaleRules = {
  decimal: '.',
  groups: ',',
  group: ',',
  dayFirst: false,
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  trueLabel: 'TRUE',
  falseLabel: 'FALSE',
  defaultSheetName: (n) => `Sheet${n}`,
};

const FR: LocaleRules = {
  decimal: ',',
  groups: ' \u00a0\u202f',
  group: '\u202f',
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  trueLabel: 'VRAI',
  falseLabel: 'FAUX',
  defaultSheetName: (n) => `Feuille ${n}`,
};

const PT: LocaleRules = {
  decimal: ',',
  groups: '.',
  group: '.',
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  trueLabel: 'VERDADEIRO',
  falseLabel: 'FALSO',
  defaultSheetName: (n) => `Página${n}`,
};

export function localeRules(locale: string): LocaleRules {
  const language = locale.toLowerCase().slice(0, 2);
  if (language === 'fr') return FR;
  if (language === 'pt') return PT;
  return EN;
}
