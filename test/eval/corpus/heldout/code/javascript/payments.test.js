const request = require('supertest');
const nock = require('nock');
const { buildApp } = require('../src/app');
const { resetDb, seedCustomer } = require('./helpers/db');

jest.setTimeout(20000);

const ACQUIRER = 'https://acq.northpay.test';

describe('POST /payments', () => {
  let app;
  let customer;

  beforeAll(async () => {
    app = await buildApp({ logLevel: 'silent', port: 0 });
  });

  beforeEach(async () => {
    await resetDb();
    customer = await seedCustomer({ limitCents: 150000 });
    nock.cleanAll();
  });

  it('captures a card payment', async () => {
    nock(ACQUIRER).post('/v2/authorizations').reply(201, { id: 'auth_3391', approved: true });

    const res = await request(app)
      .post('/payments')
      .set('Idempotency-Key', 'k-0001')
      .send({ customerId: customer.id, amountCents: 4599, currency: 'EUR' })
      .expect('Content-Type', /json/)
      .expect(201);

    expect(res.body.status).toBe('captured');
    expect(res.body.amountCents).toBe(4599);
  });

  it('replays the first answer for a repeated idempotency key', async () => {
    nock(ACQUIRER).post('/v2/authorizations').once().reply(201, { id: 'auth_3392', approved: true });
    const body = { customerId: customer.id, amountCents: 1200, currency: 'EUR' };

    const first = await request(app).post('/payments').set('Idempotency-Key', 'k-0002').send(body);
    const second = await request(app).post('/payments').set('Idempotency-Key', 'k-0002').send(body);

    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
  });

  it('declines over the customer limit', async () => {
    const res = await request(app)
      .post('/payments')
      .send({ customerId: customer.id, amountCents: 150001, currency: 'EUR' });

    expect(res.status).toEqual(402);
    expect(res.body.error.code).toBe('limit_exceeded');
  });

  it('validates the currency', async () => {
    await request(app)
      .post('/payments')
      .send({ customerId: customer.id, amountCents: 100, currency: 'XYZ' })
      .expect(422);
  });

  it('answers 502 when the acquirer is down', async () => {
    nock(ACQUIRER).post('/v2/authorizations').times(3).reply(503, 'maintenance');

    const res = await request(app)
      .post('/payments')
      .send({ customerId: customer.id, amountCents: 999, currency: 'EUR' });

    expect(res.status).toBe(502);
    expect(nock.isDone()).toBe(true);
  });

  it('needs a session', async () => {
    const res = await request(app).get('/payments').unset('Authorization');
    expect(res.statusCode).toEqual(401);
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('pages through payments', async () => {
    const res = await request(app).get('/payments?limit=10&offset=20').expect(200);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.next).toBe('/payments?limit=10&offset=30');
  });

  it('refuses a refund larger than the payment', async () => {
    const res = await request(app).post('/payments/pay_77/refunds').send({ amountCents: 5000 });
    expect([400, 409]).toContain(res.status);
  });
});
