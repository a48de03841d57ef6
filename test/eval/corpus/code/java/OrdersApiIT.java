package com.example.orders.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

class OrdersApiIT {

    private static final String BASE = "http://localhost:18080/api/v3";

    @Test
    void listsOrders() {
        given().queryParam("size", 20)
            .when().get(BASE + "/orders")
            .then().statusCode(200).body("items", hasSize(20));
    }

    @Test
    void unknownOrder() {
        given().when().get(BASE + "/orders/999999")
            .then().assertThat().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void createsAnOrder() {
        given().contentType("application/json").body("{\"sku\":\"AB-12\",\"quantity\":2}")
            .when().post(BASE + "/orders")
            .then().statusCode(HttpStatus.SC_CREATED).body("quantity", equalTo(2));
    }

    @Test
    void rejectsTooManyItems() {
        given().contentType("application/json").body("{\"sku\":\"AB-12\",\"quantity\":5000}")
            .when().post(BASE + "/orders")
            .then().statusCode(422);
    }
}
