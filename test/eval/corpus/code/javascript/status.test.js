const express = require('express');
const request = require('supertest');

describe('res.status', () => {
  const app = express();
  app.get('/bad', (req, res) => res.status(1000).end());
  app.get('/zero', (req, res) => res.status(0).end());
  app.get('/teapot', (req, res) => res.status(418).send("I'm a teapot"));
  app.get('/gone', (req, res) => res.sendStatus(410));

  it('refuses a status outside 100-999', async () => {
    const res = await request(app).get('/bad');
    expect(res.status).toBe(500);
  });

  it('sends the teapot', async () => {
    await request(app).get('/teapot').expect(418);
  });

  it('says gone', async () => {
    const res = await request(app).get('/gone');
    expect(res.statusCode).toEqual(410);
    expect(res.text).toHaveLength(4);
  });
});
