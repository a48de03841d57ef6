# Receives Vonage SMS API delivery receipts (DLRs) for messages sent from the reminders app.
class Webhooks::VonageReceiptsController < ApplicationController
  skip_before_action :verify_authenticity_token

  # err-code values that mean the number itself is bad; we stop texting it.
  DEAD_NUMBER_ERRORS = %w[3 4 9 12].freeze
  RETRY_DELAY = 10.minutes

  def create
    reminder = Reminder.find_by(vonage_message_id: params[:messageId])
    return head :ok unless reminder

    case params[:status]
    when "delivered"
      reminder.update!(delivered_at: Time.zone.now, cost: params[:price].to_d)
    when "expired", "failed"
      err = params["err-code"].to_s
      if DEAD_NUMBER_ERRORS.include?(err)
        reminder.contact.update!(sms_opt_out: true, opt_out_reason: "vonage err-code #{err}")
      elsif err == "8" || err == "2"
        ResendReminderJob.set(wait: RETRY_DELAY).perform_later(reminder.id, attempt: 2)
      end
    when "rejected"
      Rails.logger.warn("vonage rejected #{params[:messageId]} with err-code #{params['err-code']}") if params["err-code"] != "0"
    end
    head :no_content
  end
end
