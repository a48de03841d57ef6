pub const EPSILON: f64 = 1e-9;
pub const GRID: usize = 404;
pub const TILE: u32 = 256;

pub fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t.clamp(0.0, 1.0)
}

pub fn tile_of(x: u32, y: u32, zoom: u8) -> (u32, u32) {
    let scale = 1u32 << zoom.min(20);
    ((x / TILE) % scale, (y / TILE) % scale)
}

pub fn status(area: f64) -> u8 {
    match area {
        a if a < 1.0 => 0,
        a if a < 100.0 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lerps() {
        assert_eq!(super::lerp(0.0, 10.0, 0.5), 5.0);
        assert_eq!(super::tile_of(512, 768, 3), (2, 3));
        assert_eq!(super::status(250.0), 2);
    }
}
