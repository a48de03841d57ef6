import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
const LIMIT = 50;

router.get('/health', (ctx) => {
  ctx.status = 200;
  ctx.body = { ok: true, uptime: Math.round(process.uptime() * 1000) / 1000 };
});

router.get('/items/:id', async (ctx) => {
  const item = await ctx.db.items.findOne({ id: Number(ctx.params.id) });
  if (!item) ctx.throw(404, 'no such item');
  ctx.body = item;
});

router.put('/items/:id', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  if (ctx.request.body.price < 0) {
    ctx.status = 400;
    ctx.body = { error: 'price must be positive' };
    return;
  }
  await ctx.db.items.update(ctx.params.id, ctx.request.body);
  ctx.status = 204;
});

router.get('/legacy/:path*', (ctx) => {
  ctx.status = 301;
  ctx.redirect(`/api/v1/${ctx.params.path}`);
});

router.get('/items', async (ctx) => {
  const offset = Math.max(0, Number(ctx.query.offset) || 0);
  ctx.body = await ctx.db.items.list({ offset, limit: LIMIT });
  ctx.set('Cache-Control', 'max-age=60');
});

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  const ms = Date.now() - started;
  ctx.set('X-Response-Time', `${ms}ms`);
});

app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(router.routes()).use(router.allowedMethods({ throw: true }));
app.listen(Number(process.env.PORT) || 3000);
