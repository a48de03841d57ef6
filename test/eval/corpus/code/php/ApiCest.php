<?php

use Codeception\Util\HttpCode;
use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;

class ApiCest
{
    public function listsTickets(ApiTester $I): void
    {
        $I->sendGet('/tickets', ['page' => 2, 'per_page' => 25]);
        $I->seeResponseCodeIs(HttpCode::OK);
        $I->seeResponseCodeIs(200);
    }

    public function rejectsAnonymousWrites(ApiTester $I): void
    {
        $I->sendPost('/tickets', ['title' => 'printer on floor 3 is on fire']);
        $I->seeResponseCodeIs(HttpCode::UNAUTHORIZED);
        $I->seeResponseCodeIs(401);
    }
}

class TicketControllerTest extends WebTestCase
{
    public function testShowMissingTicket(): void
    {
        $client = static::createClient();
        $client->request('GET', '/tickets/424242');
        $this->assertResponseStatusCodeSame(404);
        $this->assertResponseStatusCodeSame(Response::HTTP_NOT_FOUND);
    }
}

final class TicketController
{
    public function create(array $data): JsonResponse
    {
        if (strlen($data['title'] ?? '') > 140) {
            return new JsonResponse(['error' => 'title too long'], Response::HTTP_UNPROCESSABLE_ENTITY);
        }
        return new JsonResponse(['id' => random_int(1, 99999)], Response::HTTP_CREATED);
    }

    public function fetchRemote(\Psr\Http\Client\ClientInterface $http, string $url): ?string
    {
        $response = $http->sendRequest(new \GuzzleHttp\Psr7\Request('GET', $url));
        if ($response->getStatusCode() === 200) {
            return (string) $response->getBody();
        }
        if ($response->getStatusCode() >= 500) {
            throw new \RuntimeException('remote failed: ' . $response->getStatusCode());
        }
        return null;
    }
}
