class OrdersController < ApplicationController
  PER_PAGE = 30
  before_action :authenticate_user!, except: %i[index show]

  def index
    @orders = Order.order(created_at: :desc).page(params[:page]).per(PER_PAGE)
    render json: @orders, status: :ok
  end

  def show
    order = Order.find_by(id: params[:id])
    return head 404 unless order

    render json: order
  end

  def create
    order = current_user.orders.build(order_params)
    if order.save
      render json: order, status: 201, location: order
    else
      render json: { errors: order.errors.full_messages }, status: :unprocessable_entity
    end
  end

  def destroy
    Order.destroy(params[:id])
    head :no_content
  end

  def export
    return render(plain: 'too many rows', status: 413) if Order.count > 50_000

    send_data Order.to_csv, filename: "orders-#{Date.today}.csv"
  end

  private

  def order_params
    params.require(:order).permit(:sku, :quantity, :note)
  end
end
