import type { UseFormReturnType } from '@mantine/form';
import type { DossierValues } from '../../logic/dossier';

export interface Option {
  value: string;
  label: string;
}

export type DossierFormApi = UseFormReturnType<DossierValues>;

/** The label of an option's value, else the value itself. */
export const optionLabel = (options: Option[], value: string | null) => options.find((x) => x.value === value)?.label ?? value ?? '';
