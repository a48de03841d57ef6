import numpy as np

DT = 0.01
STEPS = 500
SEED = 404


def make_default(n: int = 32) -> np.ndarray:
    """An n-by-n identity scaled by 1e-3."""
    return np.eye(n) * 1e-3


def simulate(steps: int = STEPS, noise: float = 0.25) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    state = np.zeros(4)
    transition = np.array([[1, 0, DT, 0], [0, 1, 0, DT], [0, 0, 1, 0], [0, 0, 0, 1]])
    out = np.empty((steps, 4))
    for i in range(steps):
        state = transition @ state + rng.normal(0, noise, 4)
        out[i] = state
    return out


def status(residual: float) -> int:
    if residual > 3.0:
        return 2
    if residual > 1.0:
        return 1
    return 0


def smooth(values, window=5):
    kernel = np.ones(window) / window
    return np.convolve(values, kernel, mode="same")[2:-2]


if __name__ == "__main__":
    track = simulate()
    print(track[:10].round(3), track.shape, 200 * DT, 1 / 60)
