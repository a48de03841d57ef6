<?php
// Creates and checks WhatsApp templates through the GeniqTech API (api.geniqtech.com).

namespace App\Messaging;

final class GeniqTechTemplates
{
    private const ENDPOINT = 'https://api.geniqtech.com/v1/message_templates';
    private const MAX_BODY = 1024;

    public function __construct(private readonly \GuzzleHttp\Client $http, private readonly string $token)
    {
    }

    public function create(string $name, string $body, string $language = 'en_US'): array
    {
        $response = $this->http->post(self::ENDPOINT, [
            'headers' => ['Authorization' => "Bearer {$this->token}"],
            'json' => ['name' => $name, 'language' => $language, 'body' => mb_substr($body, 0, self::MAX_BODY)],
            'http_errors' => false,
            'timeout' => 20,
        ]);
        $data = json_decode((string) $response->getBody(), true) ?? [];
        if (!isset($data['responseCode'])) {
            return ['ok' => true, 'id' => $data['templateId']];
        }
        $responseCode = (int) $data['responseCode'];

        return match ($responseCode) {
            0, 190 => throw new TokenExpired('refresh the GeniqTech token'),
            132001 => ['ok' => false, 'why' => 'template does not exist in this language'],
            132005 => ['ok' => false, 'why' => 'translated text too long'],
            80007 => ['ok' => false, 'why' => 'rate limited, retry in 60 s'],
            default => ['ok' => false, 'why' => "code {$responseCode}"],
        };
    }
}
