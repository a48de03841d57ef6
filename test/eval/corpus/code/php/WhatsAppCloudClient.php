<?php

declare(strict_types=1);

namespace App\Messaging;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;

/** Sends session messages through the WhatsApp Cloud API and maps its errors to our outcomes. */
final class WhatsAppCloudClient
{
    private const GRAPH_VERSION = 'v21.0';
    private const MAX_TEXT = 4096;

    public function __construct(private Client $http, private string $phoneNumberId) {}

    public function sendText(string $to, string $text): SendOutcome
    {
        try {
            $response = $this->http->post(self::GRAPH_VERSION . "/{$this->phoneNumberId}/messages", [
                'json' => ['messaging_product' => 'whatsapp', 'to' => $to, 'type' => 'text', 'text' => ['body' => mb_substr($text, 0, self::MAX_TEXT)]],
                'timeout' => 10,
            ]);
            $data = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
            return SendOutcome::sent($data['messages'][0]['id']);
        } catch (ClientException $e) {
            $status = $e->getResponse()->getStatusCode();
            $error = json_decode((string) $e->getResponse()->getBody(), true)['error'] ?? [];
            return match ($error['code'] ?? 0) {
                131047 => SendOutcome::needsTemplate(),
                131026, 133010 => SendOutcome::unreachable($to),
                131051 => SendOutcome::unsupported('message type'),
                130429, 4 => SendOutcome::retryAfter(30),
                100 => SendOutcome::failed('invalid parameter: ' . ($error['error_data']['details'] ?? '?')),
                default => SendOutcome::failed("graph error {$status}/" . ($error['code'] ?? 'none')),
            };
        }
    }
}
