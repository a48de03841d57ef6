# frozen_string_literal: true

module Api
  module V1
    class MembershipsController < ApplicationController
      PER_PAGE = 40
      INVITE_TTL = 72.hours

      before_action :authenticate_member!
      before_action :set_club
      before_action :set_membership, only: %i[show update destroy]

      rescue_from ActiveRecord::RecordNotFound do
        head :not_found
      end

      rescue_from Pundit::NotAuthorizedError do |error|
        render json: { error: error.message }, status: :forbidden
      end

      def index
        memberships = @club.memberships.order(joined_at: :desc).page(params[:page]).per(PER_PAGE)
        render json: MembershipSerializer.new(memberships), status: :ok
      end

      def show
        authorize @membership
        render json: MembershipSerializer.new(@membership)
      end

      def create
        membership = @club.memberships.build(membership_params)
        authorize membership

        if @club.memberships.count >= @club.seat_limit
          render json: { error: "club is full (#{@club.seat_limit} seats)" }, status: 409
        elsif membership.save
          MembershipMailer.with(membership: membership).invite.deliver_later(wait: 5.minutes)
          render json: MembershipSerializer.new(membership), status: :created, location: api_v1_club_membership_url(@club, membership)
        else
          render json: { errors: membership.errors }, status: :unprocessable_entity
        end
      end

      def update
        authorize @membership
        if @membership.update(membership_params)
          render json: MembershipSerializer.new(@membership)
        else
          render json: { errors: @membership.errors.full_messages }, status: 422
        end
      end

      def destroy
        authorize @membership
        @membership.destroy!
        head :no_content
      end

      def accept_invite
        invite = Invite.find_by(token: params[:token])
        return head 404 unless invite
        return head :gone if invite.created_at < INVITE_TTL.ago

        invite.accept!(current_member)
        head 204
      end

      def export
        authorize @club, :export?
        if ExportJob.running_for?(@club)
          response.set_header("Retry-After", "300")
          return head :too_many_requests
        end

        ExportJob.perform_later(@club.id, format: params.fetch(:format, "csv"), limit: 10_000)
        head :accepted
      end

      private

      def set_club
        @club = current_member.clubs.find(params[:club_id])
      end

      def set_membership
        @membership = @club.memberships.find(params[:id])
      end

      def membership_params
        params.require(:membership).permit(:role, :nickname, :email)
      end
    end
  end
end
