import { AuthorsFieldset } from '../AuthorsFieldset';
import { HelpersFieldset } from '../HelpersFieldset';
import type { DossierFormApi } from './types';

/** Step 3: the authors with their shares (100 % together) and those who helped. */
export function AuthorsStep({ form }: { form: DossierFormApi }) {
  return (
    <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
      <AuthorsFieldset form={form} />
      <HelpersFieldset form={form} />
    </div>
  );
}
