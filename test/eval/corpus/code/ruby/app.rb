require 'sinatra/base'
require 'json'

class StatusApp < Sinatra::Base
  set :port, 4567
  set :sessions, expire_after: 2_592_000

  HTTP_STATUS_CODES = {
    200 => 'OK',
    201 => 'Created',
    302 => 'Found',
    404 => 'Not Found',
    500 => 'Internal Server Error'
  }.freeze

  get '/widgets/:id' do
    widget = Widget[params[:id].to_i]
    halt 404 if widget.nil?
    halt 403, 'private widget' unless widget.public?
    json widget.to_h
  end

  post '/widgets' do
    status 201
    json Widget.create(JSON.parse(request.body.read)).to_h
  end

  get '/beta' do
    error(501)
  end

  get '/moved' do
    redirect to('/widgets'), 301
  end

  not_found do
    'nothing here'
  end
end
