[# th:insert="~{_header}" /]
#
# Exchange 2010 (P-7.4, P-7.5). For EACH Client Access server of the plan:
#   Set-OwaVirtualDirectory -Identity '<CAS>\owa (Default Web Site)'
#     -InstantMessagingEnabled $True -InstantMessagingType OCS
#     -InstantMessagingServerName <Lync pool> -InstantMessagingCertificateThumbprint <thumbprint>
# Never without -Identity: that would change every OWA directory in the organisation.
# No web.config edit on Exchange 2010 SP1 and later (P-7.4).
# Then IIS is restarted with "iisreset /noforce" on the Client Access server this script
# runs on (P-7.5, medium: confirm against your environment). Run the script on each
# Client Access server, or run it once and then "iisreset /noforce" on the others.
# Prerequisite (P-7.1): the OCS 2007 R2 Web Service Provider and UCMA 2.0 with their
# hotfixes on every Client Access server (the hotfixes: medium, confirm against your environment).
# Safe to run twice: only directories that differ from the plan are changed.
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # Skip the IIS restart on this computer (P-7.5), e.g. to do it later in a quiet hour.
    [switch]$SkipIisReset,
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
$ClientAccessServers = [(${q.clientAccessServers})]
# P-3.3: the Lync Server 2013 pool
$ImServerName = [(${q.imServerName})]
# P-7.2: the IIS certificate of the CAS
$CertificateThumbprint = [(${q.thumbprint})]

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell provides the OWA cmdlets.
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaVirtualDirectory was not found: run this script in the Exchange 2010 Management Shell.'
    }
    # Right kind of server: each named server must be an Exchange 2010 Client Access server.
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 14*') {
            throw ($server + ' is not an Exchange 2010 Client Access server.')
        }
    }

    foreach ($server in $ClientAccessServers) {
        # The directory identity uses the short server name: '<CAS>\owa (Default Web Site)'.
        $shortName = $server.Split('.')[0]
        $identity = $shortName + '\owa (Default Web Site)'
        $directory = Get-OwaVirtualDirectory -Identity $identity
        $same = $directory.InstantMessagingEnabled -and
            [string]$directory.InstantMessagingType -eq 'Ocs' -and
            [string]$directory.InstantMessagingServerName -eq $ImServerName -and
            [string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint
        if ($same) {
            Write-Host ('Already set: ' + $identity)
            continue
        }
        if ($PSCmdlet.ShouldProcess($identity, 'Set-OwaVirtualDirectory IM settings (P-7.4)')) {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS `
                -InstantMessagingServerName $ImServerName -InstantMessagingCertificateThumbprint $CertificateThumbprint -Confirm:$false
            Write-Host ('Set: ' + $identity)
        }
    }

    # P-7.5 (medium): restart IIS on this Client Access server so OWA reads the settings.
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    if ($SkipIisReset) {
        Write-Warning 'IIS was not restarted (-SkipIisReset): run "iisreset /noforce" on each Client Access server (P-7.5).'
    }
    elseif ($ClientAccessServers -notcontains $thisComputer) {
        Write-Warning ('This computer (' + $thisComputer + ') is not one of the plan''s Client Access servers: run "iisreset /noforce" on each of them (P-7.5).')
    }
    elseif ($PSCmdlet.ShouldProcess($thisComputer, 'iisreset /noforce (P-7.5)')) {
        & "$env:windir\System32\iisreset.exe" /noforce
        if ($LASTEXITCODE -ne 0) {
            throw ('iisreset /noforce failed with exit code ' + $LASTEXITCODE + '.')
        }
        Write-Host 'IIS restarted. Run "iisreset /noforce" on the other Client Access servers too (P-7.5).'
    }

    Write-Host 'SUCCESS: the OWA virtual directories of the Client Access servers are set for Lync IM (P-7.4).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
