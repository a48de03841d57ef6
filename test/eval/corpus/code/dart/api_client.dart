import 'dart:convert';

import 'package:http/http.dart' as http;

const _timeout = Duration(seconds: 12);
const _pageSize = 40;

class ApiException implements Exception {
  ApiException(this.statusCode, this.body);
  final int statusCode;
  final String body;
}

Future<List<dynamic>> fetchRecipes(http.Client client, {int page = 1}) async {
  final uri = Uri.https('recipes.example.app', '/v1/recipes', {'page': '$page', 'size': '$_pageSize'});
  final response = await client.get(uri).timeout(_timeout);
  if (response.statusCode == 200) {
    return jsonDecode(response.body) as List<dynamic>;
  }
  if (response.statusCode == 404) {
    return const [];
  }
  throw ApiException(response.statusCode, response.body);
}

String messageFor(int statusCode) {
  switch (statusCode) {
    case 401:
      return 'Please sign in again.';
    case 429:
      return 'Too many requests, try again in a minute.';
    case 503:
      return 'The kitchen is closed for maintenance.';
    default:
      return 'Something went wrong ($statusCode).';
  }
}
