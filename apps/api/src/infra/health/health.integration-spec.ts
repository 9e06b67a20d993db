import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

describe('health probes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('live: 200 while the process runs, signed out', async () => {
    const res = await request(t.app.getHttpServer()).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'up' });
  });

  it('ready: 200 when the database and the queue answer, signed out', async () => {
    const res = await request(t.app.getHttpServer()).get('/health/ready').set('accept', 'text/html,*/*');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'up', checks: { database: 'up', queue: 'up' }, down: [] });
  });
});

describe('readiness without a database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(async () => {
    // Back up, so the app closes as usual and its database is dropped.
    if (!t.dataSource.isInitialized) await t.dataSource.initialize();
    await t.close();
  });

  it('answers 503 naming the database, while live still answers 200', async () => {
    await t.dataSource.destroy();
    const res = await request(t.app.getHttpServer()).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'down',
      checks: { database: 'down' },
      down: expect.arrayContaining(['database']),
    });
    expect((await request(t.app.getHttpServer()).get('/health/live')).status).toBe(200);
  });
});
