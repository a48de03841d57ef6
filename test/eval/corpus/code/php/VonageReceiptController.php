<?php

namespace App\Http\Controllers\Webhooks;

use App\Models\OutboundSms;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;

/**
 * Delivery receipts from the Vonage SMS API. Vonage sends one per message part,
 * as a GET query string or a POST form, with every value as a string.
 */
class VonageReceiptController extends Controller
{
    private const BLOCKED_BY_CARRIER = [6, 14, 50, 51, 52, 53];

    public function __invoke(Request $request): Response
    {
        $sms = OutboundSms::where('vonage_id', $request->input('messageId'))->first();
        if ($sms === null) {
            return response('', 200); // unknown id: acknowledge so Vonage stops retrying
        }

        $status = $request->input('status');
        $errCode = (int) $request->input('err-code', 0);

        $sms->status = match ($status) {
            'delivered' => 'delivered',
            'accepted', 'buffered' => 'sending',
            'expired', 'failed', 'rejected' => 'failed',
            default => 'unknown',
        };

        if ($errCode === 2 || $errCode === 7) {
            $sms->retry_at = now()->addMinutes(20);
        } elseif (in_array($errCode, self::BLOCKED_BY_CARRIER, true)) {
            $sms->blocked = true;
        } elseif ($errCode !== 0) {
            Log::warning('vonage dlr err-code {code} for {to}', ['code' => $errCode, 'to' => $request->input('msisdn')]);
        }
        $sms->network = $request->input('network-code', '00000');
        $sms->save();

        return response('', 204);
    }
}
