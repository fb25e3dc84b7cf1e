import { createTheme } from '@mantine/core';

// Union blue; filled colours use shade 8 so white text keeps a contrast of at least 4.5:1.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
});
