-- Run by NeovimClientIT: `nvim --headless --clean -c "luafile diagnostics.lua" TOPOLOGY`.
-- Starts the pcchat language server with neovim's own LSP client (vim.lsp.start_client, which
-- neovim 0.7, Debian 12's version, has; vim.lsp.start came in 0.8), waits for the diagnostics of
-- the open topology, asks for a hover on the first one, shuts the server down and writes what it
-- saw as JSON to $PCCHAT_OUT. With PCCHAT_NO_ROOT=1 it starts the server without a root
-- directory, as for a file opened on its own: rootUri null, no workspace folders; with
-- PCCHAT_NO_FOLDER_SUPPORT=1 its capabilities also say it knows no workspace folders, as clients
-- older than LSP 3.6 do (the server then goes by rootUri alone).
local out = assert(os.getenv('PCCHAT_OUT'), 'PCCHAT_OUT is not set')
local bufnr = vim.api.nvim_get_current_buf()
local seen = { diagnostics = {}, hover = vim.NIL, exit_code = vim.NIL, errors = {} }

local function finish()
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(seen))
  file:close()
  vim.cmd('qall!')
end

vim.bo[bufnr].filetype = 'pctopo'
local root_dir = vim.fn.getcwd()
if os.getenv('PCCHAT_NO_ROOT') == '1' then
  root_dir = nil
end
local capabilities = vim.lsp.protocol.make_client_capabilities()
if os.getenv('PCCHAT_NO_FOLDER_SUPPORT') == '1' then
  capabilities.workspace.workspaceFolders = false
end
local client_id = vim.lsp.start_client({
  name = 'pcchat',
  capabilities = capabilities,
  cmd = { os.getenv('PCCHAT_JAVA'), '-jar', os.getenv('PCCHAT_JAR'), 'lsp' },
  root_dir = root_dir,
  on_exit = function(code) seen.exit_code = code end,
})
if not client_id then
  table.insert(seen.errors, 'the client did not start')
  finish()
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(90000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100) then
  table.insert(seen.errors, 'no diagnostics within 90 s')
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  table.insert(seen.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, source = d.source,
    code = d.code or lsp.code,
    href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
  })
end

local first = seen.diagnostics[1]
if first then
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = first.lnum, character = first.col },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 30000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result.contents then
      seen.hover = response.result.contents.value or vim.NIL
    elseif response.err then
      table.insert(seen.errors, 'hover: ' .. vim.inspect(response.err))
    end
  end
end

vim.lsp.stop_client(client_id)
if not vim.wait(30000, function() return seen.exit_code ~= vim.NIL end, 100) then
  table.insert(seen.errors, 'the server did not exit within 30 s of shutdown')
end
finish()
