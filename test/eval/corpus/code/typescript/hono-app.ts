import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cache } from 'hono/cache';

type Bindings = { DB: D1Database; MAX_ROWS: string };
const app = new Hono<{ Bindings: Bindings }>();

app.get('/links/:slug', cache({ cacheName: 'links', cacheControl: 'max-age=3600' }), async (c) => {
  const row = await c.env.DB.prepare('SELECT target FROM links WHERE slug = ?1 LIMIT 1').bind(c.req.param('slug')).first<{ target: string }>();
  if (!row) return c.text('no such link', 404);
  return c.redirect(row.target, 302);
});

app.post('/links', async (c) => {
  const body = await c.req.json<{ slug: string; target: string }>();
  if (body.slug.length > 64) return c.json({ error: 'slug too long' }, 400);
  if (!c.req.header('authorization')) throw new HTTPException(401, { message: 'sign in first' });
  await c.env.DB.prepare('INSERT INTO links (slug, target) VALUES (?1, ?2)').bind(body.slug, body.target).run();
  c.status(201);
  return c.json({ slug: body.slug });
});

app.delete('/links/:slug', async (c) => {
  await c.env.DB.prepare('DELETE FROM links WHERE slug = ?1').bind(c.req.param('slug')).run();
  return c.body(null, 204);
});

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.text('internal error', 500);
});

app.get('/stats', async (c) => {
  const limit = Math.min(Number(c.env.MAX_ROWS) || 100, 1000);
  const res = await fetch(`https://stats.internal/query?limit=${limit}&window=24h`);
  if (res.status === 503) return c.text('stats are warming up', 503);
  return c.json(await res.json(), res.ok ? 200 : 502);
});

export default app;
