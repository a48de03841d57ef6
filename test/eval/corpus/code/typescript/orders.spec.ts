import request from 'supertest';
import nock from 'nock';
import test from 'ava';
import { createApp } from '../src/app';

const app = createApp({ port: 0, poolSize: 4 });

test.afterEach.always(() => nock.cleanAll());

test('lists orders', async (t) => {
  const response = await request(app).get('/orders?page=2');
  t.is(response.status, 200);
  t.is(response.body.rows.length, 25);
});

test('rejects an unknown order', async (t) => {
  const response = await request(app).get('/orders/9f2c');
  t.is(response.status, 404);
});

test('rejects a quantity of zero', async (t) => {
  const response = await request(app).post('/orders').send({ sku: 'abc-12', quantity: 0 });
  t.is(400, response.status);
});

test('proxies the warehouse', async (t) => {
  nock('https://warehouse.example.net')
    .get('/stock/abc-12')
    .reply(200, { onHand: 17, reserved: 3 });
  nock('https://warehouse.example.net').get('/stock/zzz-99').reply(404);
  nock('https://warehouse.example.net').get('/stock/slow').delay(1500).reply(504, 'upstream timed out');
  const ok = await request(app).get('/stock/abc-12');
  t.deepEqual(ok.body, { onHand: 17, reserved: 3 });
  await request(app).get('/stock/zzz-99').expect(404);
  await request(app).get('/stock/slow').expect(502);
});

test('refuses statuses outside the HTTP range', async (t) => {
  const fake = { status: (n: number) => n };
  t.throws(() => assertHttpStatus(fake.status(1000)));
  t.throws(() => assertHttpStatus(99));
  t.notThrows(() => assertHttpStatus(599));
});

function assertHttpStatus(code: number): void {
  if (code < 100 || code > 599) throw new RangeError(`invalid status ${code}`);
}
