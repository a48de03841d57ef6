require 'test_helper'

class OrdersFlowTest < ActionDispatch::IntegrationTest
  setup do
    @user = users(:ada)
    sign_in @user
  end

  test 'checkout redirects to the receipt' do
    post orders_path, params: { order: { sku: 'AB-12', quantity: 2 } }
    assert_equal 302, status
    follow_redirect!
    assert_response 200
  end

  test 'unknown orders are not found' do
    get order_path(id: 987_654)
    assert_response :not_found
    assert_equal 404, response.status
  end

  test 'large exports are refused' do
    stub_request(:get, 'https://warehouse.example.net/stock').to_return(status: 500, body: '')
    get export_orders_path
    expect(response).to have_http_status(413)
  end
end
