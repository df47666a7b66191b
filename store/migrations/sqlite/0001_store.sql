-- Callback claims: one row per provider and payment key, won by one holder
-- at a time under a lease, settled with the answer every delivery gets.
CREATE TABLE IF NOT EXISTS callback_claims (
    provider TEXT NOT NULL,
    payment_key TEXT NOT NULL,
    holder TEXT,
    lease_until_ms INTEGER NOT NULL,
    answer BLOB,
    PRIMARY KEY (provider, payment_key)
);

-- The payment journal: the intent recorded before a money-moving request
-- leaves, its outcome when known.
CREATE TABLE IF NOT EXISTS payments (
    provider TEXT NOT NULL,
    reference TEXT NOT NULL,
    intent TEXT NOT NULL,
    outcome TEXT,
    recorded_ms INTEGER NOT NULL,
    PRIMARY KEY (provider, reference)
);
