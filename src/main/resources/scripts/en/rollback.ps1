[# th:insert="~{_header}" /]
#
# Undo (P-6). Run it once per part, in the reverse order of the set-up:
#   -Part Exchange      in the Exchange Management Shell: sets InstantMessagingType back to None
#                       (the value after install, P-3.1) on the OWA virtual directories and the
#                       mailbox policies of the plan[(${ex2010 ? ' (each Client Access server, then iisreset /noforce, P-7.5)' : ''})]
[# th:if="${!ex2010}"]#   -Part MailboxServer in Windows PowerShell (administrator) on each Mailbox server: removes the
#                       two keys from OWA web.config (after a timestamped backup) and recycles
#                       MSExchangeOWAAppPool
[/][# th:if="${createsPool}"]#   -Part Lync          in the Lync Server Management Shell: removes the trusted application and
#                       the trusted application pool (with its computers), then Enable-CsTopology
[/]# Everything asks for confirmation (ConfirmImpact High); use -WhatIf to see what would change.
# Safe to run twice: what is already undone is left alone.
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # Which part to undo, depending on where the script runs (see above).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange'[# th:if="${!ex2010}"], 'MailboxServer'[/][# th:if="${createsPool}"], 'Lync'[/])]
    [string]$Part,
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
$ClientAccessServers = [(${q.clientAccessServers})]
$PolicyScope = [(${q.policyScope})]
$PolicyNames = [(${q.policies})]
[# th:if="${createsPool}"]$OwaPoolFqdn = [(${q.owaPoolFqdn})]
$ApplicationId = [(${q.applicationId})]
[/]
Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    if ($Part -eq 'Exchange') {
        # Right shell: the Exchange Management Shell.
        if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw 'Set-OwaVirtualDirectory was not found: run -Part Exchange in the Exchange Management Shell.'
        }
[# th:if="${!ex2010}"]        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server) }
        }
        else {
            $directories = @(Get-OwaVirtualDirectory)
        }
[/][# th:if="${ex2010}"]        $directories = @($ClientAccessServers | ForEach-Object { Get-OwaVirtualDirectory -Identity ($_.Split('.')[0] + '\owa (Default Web Site)') })
[/]        foreach ($directory in $directories) {
            if ([string]$directory.InstantMessagingType -eq 'None') {
                Write-Host ('Already undone: ' + $directory.Identity)
            }
            elseif ($PSCmdlet.ShouldProcess([string]$directory.Identity, 'Set-OwaVirtualDirectory -InstantMessagingType None (P-6)')) {
                Set-OwaVirtualDirectory -Identity $directory.Identity -InstantMessagingType None -Confirm:$false
                Write-Host ('Undone: ' + $directory.Identity)
            }
        }
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            if ([string]$policy.InstantMessagingType -eq 'None') {
                Write-Host ('Already undone: ' + $policy.Identity)
            }
            elseif ($PSCmdlet.ShouldProcess([string]$policy.Identity, 'Set-OwaMailboxPolicy -InstantMessagingType None (P-6)')) {
                Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingType None -Confirm:$false
                Write-Host ('Undone: ' + $policy.Identity)
            }
        }
[# th:if="${ex2010}"]        Write-Host 'Now run "iisreset /noforce" on each Client Access server (P-7.5).'
[/]    }
[# th:if="${!ex2010}"]    elseif ($Part -eq 'MailboxServer') {
        # Right shell and server: elevated Windows PowerShell on an Exchange 2013 Mailbox server.
        $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
        if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
            throw 'Run -Part MailboxServer in Windows PowerShell started as administrator.'
        }
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath -or -not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
            throw 'This computer is not an Exchange 2013 Mailbox server.'
        }
        $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
        $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
        $document = New-Object System.Xml.XmlDocument
        $document.PreserveWhitespace = $true
        $document.Load($webConfigPath)
        $appSettings = $document.SelectSingleNode('/configuration/appSettings')
        $removed = @()
        if ($appSettings) {
            foreach ($setting in @($appSettings.SelectNodes('add'))) {
                $key = $setting.GetAttribute('key')
                # -eq ignores case: every spelling of the two keys goes (P-3.5).
                if ($key -eq 'IMCertificateThumbprint' -or $key -eq 'IMServerName') {
                    $before = $setting.PreviousSibling
                    if ($before -and $before.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
                        [void]$appSettings.RemoveChild($before)
                    }
                    [void]$appSettings.RemoveChild($setting)
                    $removed += $key
                }
            }
        }
        if ($removed.Count -eq 0) {
            Write-Host ('web.config has no IM keys: ' + $webConfigPath)
        }
        elseif ($PSCmdlet.ShouldProcess($webConfigPath, 'Back up web.config and remove ' + ($removed -join ', ') + ' (P-6)')) {
            $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
            Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
            Write-Host ('Backup: ' + $backupPath)
            $document.Save($webConfigPath)
            Write-Host ('Removed from web.config: ' + ($removed -join ', '))
            if ($PSCmdlet.ShouldProcess('MSExchangeOWAAppPool', 'appcmd recycle apppool (P-3.7)')) {
                $output = & $appcmd recycle apppool '/apppool.name:MSExchangeOWAAppPool' 2>&1 | Out-String
                Write-Host $output.Trim()
                if ($output -notmatch '"MSExchangeOWAAppPool" successfully recycled') {
                    throw 'Recycling MSExchangeOWAAppPool did not report success (P-3.7).'
                }
            }
        }
    }
[/][# th:if="${createsPool}"]    elseif ($Part -eq 'Lync') {
        # Right shell: the Lync Server Management Shell.
        if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Remove-CsTrustedApplicationPool was not found: run -Part Lync in the Lync Server Management Shell.'
        }
        $changed = $false
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn -and $_.ApplicationId -like ('*' + $ApplicationId) })
        foreach ($application in $applications) {
            if ($PSCmdlet.ShouldProcess([string]$application.Identity, 'Remove-CsTrustedApplication (P-6)')) {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false
                Write-Host ('Removed trusted application ' + $application.Identity)
                $changed = $true
            }
        }
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $pool) {
            Write-Host ('No trusted application pool ' + $OwaPoolFqdn + ': already removed.')
        }
        elseif ($PSCmdlet.ShouldProcess($OwaPoolFqdn, 'Remove-CsTrustedApplicationPool (P-6: also removes its computers and applications)')) {
            Remove-CsTrustedApplicationPool -Identity $pool.Identity -Confirm:$false
            Write-Host ('Removed trusted application pool ' + $OwaPoolFqdn)
            $changed = $true
        }
        if ($changed -and $PSCmdlet.ShouldProcess('Lync topology', 'Enable-CsTopology (P-6)')) {
            Enable-CsTopology -Confirm:$false
            Write-Host 'Topology published.'
        }
    }
[/]
    Write-Host ('SUCCESS: rollback part ' + $Part + ' finished (P-6).')
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
