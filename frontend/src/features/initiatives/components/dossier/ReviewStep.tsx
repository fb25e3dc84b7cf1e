import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { checkContributions } from '../../logic/contributions';
import { CONTENT_TEXTS, type DossierValues } from '../../logic/dossier';
import { optionLabel, type Option } from './types';

interface Props {
  values: DossierValues;
  programs: Option[];
  units: Option[];
  confidentialHidden?: boolean;
}

/** Step 4: everything as it will be sent, to read over before saving. */
export function ReviewStep({ values, programs, units, confidentialHidden }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sum = checkContributions(values.authors.map((a) => a.contributionPercent));
  const rows: Array<[string, string]> = [
    [t('form.program'), optionLabel(programs, values.programCode)],
    [t('form.unit'), optionLabel(units, values.unitCode)],
    [t('form.addressee'), values.addressee],
    [t('form.title'), values.title],
    [t('form.solutionType'), values.solutionType ? t(`solutionTypes.${values.solutionType}`) : ''],
    [t('form.field'), values.field ? t(`fields.${values.field}`) : ''],
    [t('form.firstAppliedOn'), formatDate(values.firstAppliedOn)],
    [t('form.filedOn'), formatDate(values.filedOn)],
    [t('form.funder'), values.funder],
    [t('form.estimatedValueVnd'), values.estimatedValueVnd === '' ? '' : formatNumber(Number(values.estimatedValueVnd), lang)],
  ];
  return (
    <Stack gap="sm" mt="md">
      <Text size="sm">{t('form.reviewIntro')}</Text>
      <Paper withBorder>
        <Table>
          <Table.Tbody>
            {rows.map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" w="35%">
                  {k}
                </Table.Th>
                <Table.Td>{v || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {(['summary', ...CONTENT_TEXTS] as const)
        .filter((name) => values[name].trim() !== '' && !(confidentialHidden && name === 'confidentialParts'))
        .map((name) => (
          <Paper withBorder p="sm" key={name}>
            <Text fw={600} size="sm">
              {t(`form.${name}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {values[name]}
            </Text>
          </Paper>
        ))}
      <Paper withBorder>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.fullName')}</Table.Th>
              <Table.Th>{t('form.workplace')}</Table.Th>
              <Table.Th className="num">{t('form.contribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.authors.map((a) => (
              <Table.Tr key={a.key}>
                <Table.Td>{a.fullName}</Table.Td>
                <Table.Td>{a.workplace}</Table.Td>
                <Table.Td className="num">{formatNumber(Number(String(a.contributionPercent).replace(',', '.')) || 0, lang)} %</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('reports.total')}</Table.Th>
              <Table.Th className="num" c={sum.state === 'ok' ? undefined : 'red.9'}>
                {formatNumber(sum.total, lang)} %
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>
    </Stack>
  );
}
