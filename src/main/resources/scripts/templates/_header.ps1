# =============================================================================
# [(${fileName})]
# [(${t.cv('header.step', purpose)})]
[# th:if="${renewal}"]# [(${t.ci(purpose == 'verify' ? 'header.renewalVerify' : 'header.renewal', '# ')})]
[/]#
# [(${t.cv('header.runOn', runOn)})]
# [(${t.cv('header.shell', shell)})]
#
# [(${t.c('header.planValues')})]
#   [(${t.c('header.title')})] [(${c.title})]
#   [(${t.c('header.exchangeServer')})] [(${c.exchangeServer})]
[# th:if="${createsPool}"]#   [(${t.c('header.owaPoolFqdn')})] [(${c.owaPoolFqdn})]
#   [(${t.c('header.registrarPoolFqdn')})] [(${c.registrarPoolFqdn})]
#   [(${t.c('header.siteId')})] [(${c.siteId})]
#   [(${t.c('header.applicationId')})] [(${c.applicationId})]
#   [(${t.c('header.port')})] [(${port})]
#   [(${t.c('header.poolComputers')})] [(${c.poolComputers.isEmpty() ? '-' : c.poolComputers})]
[/][# th:if="${hasDialPlans}"]#   [(${t.c('header.sipUriDialPlans')})] [(${c.sipUriDialPlans})]
[/][# th:if="${enablesIm}"]#   [(${t.c('header.imServerName')})] [(${c.imServerName})]
#   [(${t.c('header.thumbprint')})] [(${c.thumbprint})]
[# th:if="${ex2016}"]#   [(${t.c('header.settingOverrideName')})] [(${c.settingOverrideName})]
[/]#   [(${t.c('header.mailboxServers')})] [(${c.mailboxServers.isEmpty() ? '-' : c.mailboxServers})]
#   [(${t.c('header.clientAccessServers')})] [(${c.clientAccessServers.isEmpty() ? '-' : c.clientAccessServers})]
#   [(${t.c('header.policyScope')})] [(${c.policyScope})][(${c.policies.isEmpty() ? '' : ': ' + c.policies})]
[/]#
# [(${t.cv('header.generated', generator, generatedAt)})]
# [(${t.c('header.footer')})]
# =============================================================================