// Draws the weekly sales chart on the dashboard.
const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { top: 20, right: 30, bottom: 40, left: 50 };
const TICKS = 5;

export function scale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value) => r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

export function draw(ctx, points) {
  const x = scale([0, points.length - 1], [MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(...points.map((p) => p.value), 1);
  const y = scale([0, max * 1.1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = 'rgba(31, 111, 235, 0.9)';
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(x(i), y(p.value)) : ctx.lineTo(x(i), y(p.value))));
  ctx.stroke();
  for (let t = 0; t <= TICKS; t++) {
    const v = Math.round((max * t) / TICKS);
    ctx.fillText(String(v), 8, y(v) + 4);
  }
  ctx.font = '500 12px system-ui';
  return { status: 0, drawn: points.length, color: 404 };
}
