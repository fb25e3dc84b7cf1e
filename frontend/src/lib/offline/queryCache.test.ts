import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { claimCachedData, lastFetchedAt } from './queryCache';

const withData = () => {
  const client = new QueryClient();
  client.setQueryData(['progress', '1TRIEU-SK', 'GD1', 'LCH-PT', 0], { rows: [] }, { updatedAt: 1_700_000_000_000 });
  client.setQueryData(['programs'], [], { updatedAt: 1_700_000_500_000 });
  return client;
};

describe('the data kept on the device belongs to one officer', () => {
  it('the first officer to sign in on the device keeps it', async () => {
    const client = withData();
    expect(await claimCachedData(client, 'sub-hoa')).toBe(false);
    expect(await claimCachedData(client, 'sub-hoa')).toBe(false);
    expect(client.getQueryCache().getAll()).toHaveLength(2);
  });

  it('another officer signing in on the same device never sees it', async () => {
    const client = withData();
    await claimCachedData(client, 'sub-hoa');
    expect(await claimCachedData(client, 'sub-minh')).toBe(true);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(lastFetchedAt(client)).toBeNull();
  });

  it('says when the data shown was last fetched: the newest query', () => {
    expect(lastFetchedAt(withData())).toBe(1_700_000_500_000);
  });
});
