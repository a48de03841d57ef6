import { Injectable, NotFoundException, HttpException, HttpStatus, HttpCode, Get, Post, Param, Body, Controller } from '@nestjs/common';

/**
 * Users of the admin console.
 * GET /users/:id returns 404 when the user is missing and 410 once the account was erased.
 */
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async find(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundException(`user ${id}`);
    // A 410 tells the console to drop the row instead of retrying.
    if (user.erasedAt) throw new HttpException('erased', HttpStatus.GONE);
    return user;
  }

  @Post()
  @HttpCode(202)
  async invite(@Body() body: { email: string; role?: 'admin' | 'viewer' }) {
    if (!body.email.includes('@')) throw new HttpException('bad e-mail', HttpStatus.BAD_REQUEST);
    await this.users.invite(body.email, body.role ?? 'viewer', { expiresInHours: 72 });
  }

  @Post(':id/lock')
  @HttpCode(HttpStatus.NO_CONTENT)
  async lock(@Param('id') id: string) {
    await this.users.lock(id, { minutes: 15 });
  }
}

@Injectable()
export class UsersService {
  private readonly cache = new Map<string, { at: number; user: User }>();
  private static readonly TTL_MS = 60_000;

  async find(id: string): Promise<User | undefined> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < UsersService.TTL_MS) return hit.user;
    const res = await fetch(`https://directory.internal/v1/users/${encodeURIComponent(id)}`);
    if (res.status === HttpStatus.NOT_FOUND) return undefined;
    const user = (await res.json()) as User;
    this.cache.set(id, { at: Date.now(), user });
    return user;
  }
}
