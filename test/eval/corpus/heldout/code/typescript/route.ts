// app/api/workspaces/[slug]/invites/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { rateLimit } from '@/lib/rate-limit';
import { sendInviteEmail } from '@/lib/mail';

export const runtime = 'nodejs';
export const maxDuration = 30;
export const revalidate = 0;

const MAX_PENDING_INVITES = 25;
const limiter = rateLimit({ windowMs: 60_000, max: 10 });

const InviteBody = z.object({
  email: z.string().email().max(254),
  role: z.enum(['viewer', 'editor', 'admin']).default('viewer'),
});

type Params = { params: Promise<{ slug: string }> };

export async function GET(_req: NextRequest, { params }: Params) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { slug } = await params;
  const workspace = await db.workspace.findUnique({ where: { slug }, include: { invites: true } });
  if (!workspace) {
    return NextResponse.json({ error: 'Workspace not found' }, { status: 404 });
  }
  return NextResponse.json(workspace.invites.slice(0, 100), {
    headers: { 'Cache-Control': 'private, max-age=15' },
  });
}

export async function POST(req: NextRequest, { params }: Params) {
  const session = await auth();
  if (!session?.user) return new Response(null, { status: 401 });

  const { success, reset } = await limiter.check(session.user.id);
  if (!success) {
    return NextResponse.json(
      { error: 'Too many invites, slow down' },
      { status: 429, headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) } },
    );
  }

  const parsed = InviteBody.safeParse(await req.json().catch(() => ({})));
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }

  const { slug } = await params;
  const member = await db.member.findFirst({ where: { workspace: { slug }, userId: session.user.id } });
  if (member?.role !== 'admin') {
    return NextResponse.json({ error: 'Only admins can invite' }, { status: 403 });
  }

  const pending = await db.invite.count({ where: { workspace: { slug }, acceptedAt: null } });
  if (pending >= MAX_PENDING_INVITES) {
    return NextResponse.json({ error: `At most ${MAX_PENDING_INVITES} pending invites` }, { status: 409 });
  }

  const invite = await db.invite.create({
    data: { email: parsed.data.email, role: parsed.data.role, workspace: { connect: { slug } }, expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000) },
  });

  try {
    await sendInviteEmail(invite);
  } catch (err) {
    console.error('invite mail failed', err);
    return NextResponse.json({ id: invite.id, mailed: false }, { status: 202 });
  }
  return NextResponse.json({ id: invite.id, mailed: true }, { status: 201 });
}

export async function DELETE(req: NextRequest, { params }: Params) {
  const inviteId = req.nextUrl.searchParams.get('id');
  if (!inviteId) return Response.json({ error: 'id is required' }, { status: 422 });
  const { slug } = await params;
  const { count } = await db.invite.deleteMany({ where: { id: inviteId, workspace: { slug } } });
  return new NextResponse(null, { status: count === 1 ? 204 : 404 });
}
