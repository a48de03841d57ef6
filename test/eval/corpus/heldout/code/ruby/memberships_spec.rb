# frozen_string_literal: true

require "rails_helper"

RSpec.describe "Api::V1::Memberships", type: :request do
  let(:club) { create(:club, seat_limit: 3) }
  let(:owner) { create(:member, :owner, club: club) }
  let(:headers) { auth_headers_for(owner) }

  describe "GET /api/v1/clubs/:club_id/memberships" do
    before { create_list(:membership, 2, club: club) }

    it "lists the club's members" do
      get api_v1_club_memberships_path(club), headers: headers
      expect(response).to have_http_status(:ok)
      expect(json["data"].size).to eq(2)
    end

    it "refuses strangers" do
      get api_v1_club_memberships_path(club)
      expect(response).to have_http_status(401)
    end
  end

  describe "POST /api/v1/clubs/:club_id/memberships" do
    let(:params) { { membership: { role: "player", email: "rowan@fernhill.test" } } }

    it "creates a membership" do
      expect { post api_v1_club_memberships_path(club), params: params, headers: headers }
        .to change(Membership, :count).by(1)
      expect(response).to have_http_status(:created)
      expect(response.headers["Location"]).to end_with("/memberships/#{Membership.last.id}")
    end

    it "rejects an invalid role" do
      post api_v1_club_memberships_path(club), params: { membership: { role: "captain" } }, headers: headers
      expect(response).to have_http_status(:unprocessable_entity)
    end

    it "refuses a fourth member" do
      create_list(:membership, 3, club: club)
      post api_v1_club_memberships_path(club), params: params, headers: headers
      expect(response.status).to eq(409)
      expect(json["error"]).to include("3 seats")
    end
  end

  describe "DELETE /api/v1/clubs/:club_id/memberships/:id" do
    let!(:membership) { create(:membership, club: club) }

    it "removes the member" do
      delete api_v1_club_membership_path(club, membership), headers: headers
      expect(response).to have_http_status(204)
      expect(response.body).to be_empty
    end

    it "answers 404 for a member of another club" do
      other = create(:membership)
      delete api_v1_club_membership_path(club, other), headers: headers
      expect(response).to have_http_status(:not_found)
    end
  end

  describe "POST /api/v1/clubs/:club_id/export" do
    it "asks the client to wait while an export runs" do
      allow(ExportJob).to receive(:running_for?).and_return(true)
      post export_api_v1_club_path(club), headers: headers
      expect(response.status).to eq 429
      expect(response.headers["Retry-After"]).to eq("300")
    end
  end

  describe "newsletter sync" do
    it "retries when the mailing service is down" do
      stub_request(:post, "https://lists.mailcrane.test/v3/subscribers")
        .to_return({ status: 503 }, { status: 503 }, { status: 200, body: "{}" })
      MembershipSync.new(club).call(max_attempts: 3)
      expect(WebMock).to have_requested(:post, "https://lists.mailcrane.test/v3/subscribers").times(3)
    end
  end
end
