-- Migration 0042: shipments and their parcels
BEGIN;

CREATE TABLE shipments (
    id          BIGSERIAL PRIMARY KEY,
    order_id    BIGINT NOT NULL REFERENCES orders(id),
    carrier     VARCHAR(32) NOT NULL,
    status      SMALLINT NOT NULL DEFAULT 0,
    weight_g    INTEGER CHECK (weight_g BETWEEN 1 AND 30000),
    price       NUMERIC(10, 2) NOT NULL DEFAULT 0.00,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX shipments_order_idx ON shipments (order_id) WITH (fillfactor = 90);
ALTER TABLE shipments ALTER COLUMN status SET DEFAULT 1;
ALTER TABLE orders ADD COLUMN priority SMALLINT DEFAULT 2;

INSERT INTO carriers (id, name, max_weight_g, zones) VALUES
    (1, 'post', 20000, 5),
    (2, 'courier', 30000, 12),
    (3, 'freight', 500000, 3);

UPDATE settings SET value = '404' WHERE key = 'max_label_width_px';
SELECT setval('shipments_id_seq', 1000, false);
COMMIT;
