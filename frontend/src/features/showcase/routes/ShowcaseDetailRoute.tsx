import { Anchor, Badge, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { formatDate } from '@/lib/format';
import { useShowcaseHelped, useShowcaseInitiative, useToggleHelped } from '@/lib/showcase/showcase';
import { ShowcaseShell } from '../components/ShowcaseShell';

/** One showcased initiative: its public part, a link to share, and the "helped us too" mark for signed-in people. */
export function ShowcaseDetailRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const auth = useAuth();
  const initiative = useShowcaseInitiative(id);
  const helped = useShowcaseHelped(id, auth.isAuthenticated);
  const toggle = useToggleHelped(id);
  const i = initiative.data;
  const count = helped.data?.count ?? i?.helpedCount ?? 0;

  return (
    <ShowcaseShell>
      <Anchor component={Link} to="/showcase">
        {t('showcase.back')}
      </Anchor>
      {initiative.isPending ? (
        <LoadingState />
      ) : initiative.isError || !i ? (
        <ErrorState error={initiative.error} title={t('showcase.notFound')} />
      ) : (
        <Stack component="article">
          <Title order={1} size="h2">
            {i.title}
          </Title>
          <Group gap="xs">
            <Text>{i.unitName}</Text>
            {i.field && <Badge variant="light">{t(`fields.${i.field}`)}</Badge>}
            {i.solutionType && <Badge variant="outline">{t(`solutionTypes.${i.solutionType}`)}</Badge>}
            {i.grade && <Badge variant="light" color="green">{t('showcase.grade', { grade: i.grade })}</Badge>}
          </Group>
          {i.recognisedOn && <Text size="sm">{t('showcase.recognisedOn', { date: formatDate(i.recognisedOn) })}</Text>}
          {(i.authorNames?.length ?? 0) > 0 && <Text size="sm">{t('showcase.authors', { names: i.authorNames?.join(', ') })}</Text>}
          <Paper withBorder p="md">
            <Title order={2} size="h4">
              {t('showcase.summary')}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="showcase-summary">
              {i.summary}
            </Text>
          </Paper>
          {i.benefitsByAuthors && (
            <Paper withBorder p="md">
              <Title order={2} size="h4">
                {t('showcase.benefitsByAuthors')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{i.benefitsByAuthors}</Text>
            </Paper>
          )}
          {i.benefitsByAppliers && (
            <Paper withBorder p="md">
              <Title order={2} size="h4">
                {t('showcase.benefitsByAppliers')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{i.benefitsByAppliers}</Text>
            </Paper>
          )}
          <Group>
            <Text role="status" data-testid="helped-count">
              {t('showcase.helpedCount', { count })}
            </Text>
            {auth.isAuthenticated && (
              <Button
                variant={helped.data?.helpedByMe ? 'filled' : 'light'}
                aria-pressed={helped.data?.helpedByMe ?? false}
                loading={toggle.isPending}
                disabled={helped.isPending}
                onClick={() => toggle.mutate(!(helped.data?.helpedByMe ?? false))}
                data-testid="helped-button"
              >
                {t('showcase.helpedButton')}
              </Button>
            )}
            <CopyButton value={window.location.href}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('showcase.linkCopied') : t('showcase.copyLink')}
                </Button>
              )}
            </CopyButton>
          </Group>
          {toggle.isError && <ErrorState error={toggle.error} />}
        </Stack>
      )}
    </ShowcaseShell>
  );
}
