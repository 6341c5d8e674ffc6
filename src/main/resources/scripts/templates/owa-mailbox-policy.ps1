[# th:insert="~{_header}" /]
#
[# th:if="${scope == 'DEFAULT'}"]# [(${t.c('policy.default')})]
[/][# th:if="${scope == 'ALL'}"]# [(${t.c('policy.all')})]
[/][# th:if="${scope == 'NAMED'}"]# [(${t.c('policy.named')})]
[/][# th:if="${ex2010}"]# [(${t.c('policy.exchange2010')})]
[/]# [(${t.c('policy.users')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
# [(${t.c('policy.scope')})]
$PolicyScope = [(${q.policyScope})]
# [(${t.c('policy.names')})]
$PolicyNames = [(${q.policies})]

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaMailboxPolicy -ErrorAction SilentlyContinue)) {
        throw [(${t.q('policy.noCmdlet')})]
    }

    if ($PolicyScope -eq 'ALL') {
        $policies = @(Get-OwaMailboxPolicy)
    }
    elseif ($PolicyScope -eq 'NAMED') {
        $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ })
    }
    else {
        $policies = @(Get-OwaMailboxPolicy -Identity 'Default')
    }
    if ($policies.Count -eq 0) {
        throw [(${t.q('policy.noPolicy')})]
    }

    foreach ($policy in $policies) {
        if ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') {
            Write-Host ([(${t.f('common.alreadyEnabled', '$policy.Identity')})])
            continue
        }
        if (Test-Change ([string]$policy.Identity) 'Set-OwaMailboxPolicy -InstantMessagingEnabled $true -InstantMessagingType OCS (P-4)') {
            Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingEnabled $true -InstantMessagingType 'OCS' -Confirm:$false
            Write-Host ([(${t.f('common.enabled', '$policy.Identity')})])
        }
    }

    Complete-Change [(${t.q('policy.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
