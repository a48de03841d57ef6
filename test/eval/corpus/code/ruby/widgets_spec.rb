require 'rails_helper'

RSpec.describe 'Widgets API', type: :request do
  let(:user) { create(:user, quota: 10) }

  it 'creates a widget' do
    post '/api/widgets', params: { widget: { name: 'gear', teeth: 24 } }, headers: auth_headers(user)
    expect(response).to have_http_status(201)
    expect(response).to have_http_status(:created)
  end

  it 'refuses a widget past the quota' do
    create_list(:widget, 10, user: user)
    post '/api/widgets', params: { widget: { name: 'spare' } }, headers: auth_headers(user)
    expect(response.status).to eq(403)
  end

  it 'survives a partner outage' do
    stub_request(:get, %r{partner.example.com/v1/prices}).to_return(status: [503, 'Service Unavailable'])
    get '/api/widgets/1/price', headers: auth_headers(user)
    expect(last_response.status).to eq 502
    expect(JSON.parse(last_response.body)['retry_in']).to eq 30
  end
end
