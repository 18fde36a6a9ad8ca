-- wrk script: POST the finance-or-healthcare question as GraphQL over HTTP.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query FinanceOrHealthcare { challenges(filter: { affectsIndustries: [\\"finance\\", \\"healthcare\\"] }) { nodes { id name affects { key name } } } }"}'
