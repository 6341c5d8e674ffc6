[# th:insert="~{_header}" /]
#
# P-3.1: enables OCS instant messaging on the front-end (Client Access) OWA virtual
# directories: Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled
# $True -InstantMessagingType OCS. Get-OwaVirtualDirectory returns front-end directories by
# default; the switch that also returns back-end (mailbox) directories is deliberately not
# used, because IM on back-end directories is advised against.
# The command is needed even though IM looks enabled: after install InstantMessagingType is None.
[# th:if="${hasCas}"]# Only the Client Access servers named in the plan are changed (-Server per server).
[/]# Safe to run twice: only directories that differ from the wanted values are changed.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan: empty means every front-end OWA virtual directory (P-3.1).
$ClientAccessServers = [(${q.clientAccessServers})]

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell provides the OWA cmdlets.
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaVirtualDirectory was not found: run this script in the Exchange Management Shell.'
    }

    $directories = @()
    if ($ClientAccessServers.Count -gt 0) {
        foreach ($server in $ClientAccessServers) {
            # Right kind of server: an Exchange 2013 Client Access server.
            $exchangeServer = Get-ExchangeServer -Identity $server
            if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15*') {
                throw ($server + ' is not an Exchange 2013 Client Access server.')
            }
            $directories += @(Get-OwaVirtualDirectory -Server $server)
        }
    }
    else {
        $directories = @(Get-OwaVirtualDirectory)
    }
    if ($directories.Count -eq 0) {
        throw 'No OWA virtual directory was found.'
    }

    foreach ($directory in $directories) {
        if ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') {
            Write-Host ('Already enabled: ' + $directory.Identity)
            continue
        }
        if ($PSCmdlet.ShouldProcess([string]$directory.Identity, 'Set-OwaVirtualDirectory -InstantMessagingEnabled $true -InstantMessagingType OCS (P-3.1)')) {
            Set-OwaVirtualDirectory -Identity $directory.Identity -InstantMessagingEnabled $true -InstantMessagingType OCS -Confirm:$false
            Write-Host ('Enabled: ' + $directory.Identity)
        }
    }

    Write-Host 'SUCCESS: OCS instant messaging is enabled on the front-end OWA virtual directories (P-3.1).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
