import { Router, type Request, type Response, type NextFunction } from 'express';
import { z } from 'zod';
import { OrderStore } from '../stores/orderStore';

const router = Router();
const PAGE_SIZE = 25;
const MAX_PAGE = 400;

const createOrder = z.object({
  sku: z.string().min(3).max(64),
  quantity: z.number().int().min(1).max(500),
});

router.get('/orders', async (req: Request, res: Response) => {
  const page = Math.min(Number(req.query.page ?? 1), MAX_PAGE);
  const rows = await OrderStore.list({ offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  res.status(200).json({ page, rows });
});

router.get('/orders/:id', async (req: Request, res: Response) => {
  const order = await OrderStore.find(req.params.id);
  if (!order) {
    return res.status(404).json({ error: 'order not found' });
  }
  res.json(order);
});

router.post('/orders', async (req: Request, res: Response) => {
  const parsed = createOrder.safeParse(req.body);
  if (!parsed.success) {
    return res.status(422).json({ issues: parsed.error.issues.slice(0, 10) });
  }
  const created = await OrderStore.insert(parsed.data);
  res.status(201).location(`/orders/${created.id}`).json(created);
});

router.delete('/orders/:id', async (req: Request, res: Response) => {
  await OrderStore.remove(req.params.id);
  res.sendStatus(204);
});

router.post('/orders/:id/cancel', (_req: Request, res: Response) => {
  res.setHeader('Retry-After', '120');
  res.status(503).send('cancellation is paused');
});

// Errors thrown by handlers end here; anything without a status is a 500.
router.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  const status = err.status ?? 500;
  if (status >= 500) {
    console.error(err);
  }
  res.status(status).json({ message: status < 500 ? err.message : 'internal error' });
});

export default router;
