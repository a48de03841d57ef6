/** Browser side of the live order feed: one WebSocket, reconnecting with backoff. */
const FEED_URL = 'wss://feed.tallyhouse.example/v3/orders';
const MAX_BACKOFF_MS = 30000;
const HEARTBEAT_MS = 25000;

// Application close codes the feed server sends (private range).
const CLOSE_TOKEN_EXPIRED = 4001;
const CLOSE_SUPERSEDED = 4009;

export class LiveFeed {
  private socket?: WebSocket;
  private attempts = 0;

  connect(token: string): void {
    const socket = new WebSocket(`${FEED_URL}?v=3`, ['tally.v3']);
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('open', () => {
      this.attempts = 0;
      socket.send(JSON.stringify({ type: 'auth', token, resume: 120 }));
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (event.code === 1000 || event.code === CLOSE_SUPERSEDED) return;
      if (event.code === CLOSE_TOKEN_EXPIRED || event.code === 1008) {
        this.onAuthLost?.();
        return;
      }
      if (event.code === 1006 && !event.wasClean) console.warn('feed dropped without a close frame');
      if (event.code === 1013) this.attempts += 2; // server asked us to back off
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempts++);
      setTimeout(() => this.connect(token), delay);
    });
    this.socket = socket;
  }

  leave(): void {
    this.socket?.close(1000, 'user left the page');
  }

  onAuthLost?: () => void;
}

export const heartbeatEvery = HEARTBEAT_MS / 1000;
