<?php
// Receives message status callbacks from Clickatell (platform.clickatell.com).

namespace App\Sms;

final class ClickatellCallback
{
    private const LOG_CHANNEL = 'sms';
    private const MAX_AGE_SECONDS = 86400;

    public function handle(array $payload): int
    {
        $statusCode = (int) ($payload['statusCode'] ?? 0);
        $age = time() - (int) ($payload['timestamp'] ?? 0) / 1000;
        if ($age > self::MAX_AGE_SECONDS) {
            return 410;
        }
        switch ($statusCode) {
            case 2:
            case 3:
                $this->markPending($payload['messageId']);
                break;
            case 4:
                $this->markSent($payload['messageId']);
                break;
            case 21:
            case 23:
                $this->markFailed($payload['messageId'], $payload['status'] ?? 'UNKNOWN');
                break;
        }
        if (($payload['error']['code'] ?? null) === 27) {
            $this->flagNumber($payload['to']);
        }
        return 200;
    }
}
