[# th:insert="~{_header}" /]
#
# [(${t.c('rollback.intro')})]
#   -Part Exchange      [(${t.ci(ex2010 ? 'rollback.partExchange2010' : 'rollback.partExchange', '#                       ')})]
[# th:if="${!ex2010 and !ex2016}"]#   -Part MailboxServer [(${t.ci('rollback.partMailboxServer', '#                       ')})]
[/][# th:if="${ex2016}"]#   -Part SettingOverride [(${t.ci('rollback.partSettingOverride', '#                         ')})]
[/][# th:if="${createsPool}"]#   -Part Lync          [(${t.ci('rollback.partLync', '#                       ')})]
[/]# [(${t.c('rollback.confirm')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.c('rollback.part')})]
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange'[# th:if="${!ex2010 and !ex2016}"], 'MailboxServer'[/][# th:if="${ex2016}"], 'SettingOverride'[/][# th:if="${createsPool}"], 'Lync'[/])]
    [string]$Part,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})]),
    # [(${t.ci('rollback.beforePath', '    # ')})]
    [string[]]$BeforePath = @()[# th:if="${ex2016}"],
    # [(${t.c('rollback.local2016')})]
    [switch]$Local[/]
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$ClientAccessServers = [(${q.clientAccessServers})]
$PolicyScope = [(${q.policyScope})]
$PolicyNames = [(${q.policies})]
[# th:if="${createsPool}"]$OwaPoolFqdn = [(${q.owaPoolFqdn})]
$ApplicationId = [(${q.applicationId})]
$PoolComputerFqdns = @(@([(${q.firstPoolComputer})]) + [(${q.extraPoolComputers})])

# [(${t.c('remediation.bareFqdn')})]
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}
[/]
[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    if ($Part -eq 'Exchange') {
        # [(${t.c('common.rightShellExchange')})]
        if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw [(${t.q('rollback.noExchangeCmdlet')})]
        }
        # [(${t.ci('rollback.notRestored', '        # ')})]
        $records = @()
        foreach ($path in $BeforePath) {
            $records += @(Import-Clixml -Path $path)
            Write-Host ([(${t.f('rollback.beforeLoaded', '$path', '$records.Count')})])
        }
        if ($BeforePath.Count -eq 0) {
            Write-Warning [(${t.q('rollback.notRestoredWarning')})]
        }
        # [(${t.ci('rollback.restore', '        # ')})]
        function Restore-ImSettings([string]$Kind, $Item) {
            $identity = [string]$Item.Identity
            $wantedEnabled = [bool]$Item.InstantMessagingEnabled
            $wantedType = 'None'
            if ($BeforePath.Count -gt 0) {
                $record = @($records | Where-Object { $_.Kind -eq $Kind -and $_.Identity -eq $identity }) | Select-Object -First 1
                if (-not $record) {
                    Write-Host ([(${t.f('rollback.notChangedBySetup', '$identity')})])
                    return
                }
                $wantedEnabled = [bool]::Parse([string]$record.InstantMessagingEnabled)
                $wantedType = [string]$record.InstantMessagingType
            }
            if ([bool]$Item.InstantMessagingEnabled -eq $wantedEnabled -and [string]$Item.InstantMessagingType -eq $wantedType) {
                Write-Host ([(${t.f('rollback.alreadyUndone', '$identity')})])
                return
            }
            $action = 'Set-' + $Kind + ' -InstantMessagingEnabled ' + $wantedEnabled + ' -InstantMessagingType ' + $wantedType + ' (P-6, P-9.9)'
            if (Test-Change $identity $action) {
                if ($Kind -eq 'OwaVirtualDirectory') {
                    Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $wantedEnabled -InstantMessagingType $wantedType -Confirm:$false -ErrorAction Stop
                    # [(${t.c('exchange.readBack')})]
                    $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
                }
                else {
                    Set-OwaMailboxPolicy -Identity $Item.Identity -InstantMessagingEnabled $wantedEnabled -InstantMessagingType $wantedType -Confirm:$false -ErrorAction Stop
                    # [(${t.c('exchange.readBack')})]
                    $after = Get-OwaMailboxPolicy -Identity $Item.Identity -ErrorAction Stop
                }
                if ([bool]$after.InstantMessagingEnabled -ne $wantedEnabled -or [string]$after.InstantMessagingType -ne $wantedType) {
                    throw ([(${t.f('exchange.directoryReadBackFailed', '$identity', '$after.InstantMessagingEnabled', '$after.InstantMessagingType')})])
                }
                Write-Host ([(${t.f('rollback.undone', '$identity')})])
            }
        }
        # [(${t.c('exchange.errorActionStop')})]
[# th:if="${!ex2010}"]        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server -ErrorAction Stop) }
        }
        else {
            # [(${t.c('exchange.version2013')})]
            foreach ($directory in @(Get-OwaVirtualDirectory -ErrorAction Stop)) {
                $exchangeServer = Get-ExchangeServer -Identity ([string]$directory.Server) -ErrorAction Stop
                if ([string]$exchangeServer.AdminDisplayVersion -match [(${exVersionPattern})]) { $directories += $directory }
            }
        }
[/][# th:if="${ex2010}"]        $directories = @($ClientAccessServers | ForEach-Object { Get-OwaVirtualDirectory -Identity ($_.Split('.')[0] + '\owa (Default Web Site)') -ErrorAction Stop })
[/]        foreach ($directory in $directories) {
            Restore-ImSettings 'OwaVirtualDirectory' $directory
        }
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop) }
        else {
            $names = @('Default')
            if ($PolicyScope -eq 'NAMED') { $names = $PolicyNames }
            $policies = @()
            foreach ($name in $names) {
                try {
                    $policies += @(Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name })
                }
                catch {
                    throw ([(${t.f('exchange.noPolicy', '$name')})] + ' ' + $_.Exception.Message)
                }
            }
        }
        foreach ($policy in $policies) {
            Restore-ImSettings 'OwaMailboxPolicy' $policy
        }
[# th:if="${ex2010}"]        Write-Host [(${t.q('rollback.iisReset')})]
[/]    }
[# th:if="${ex2016}"]    elseif ($Part -eq 'SettingOverride') {
        # [(${t.c('override.rightShell')})]
        if (-not (Get-Command Remove-SettingOverride -ErrorAction SilentlyContinue) -or
            -not (Get-Command Get-ExchangeDiagnosticInfo -ErrorAction SilentlyContinue)) {
            throw [(${t.q('override.noCmdlet')})]
        }
        $MailboxServers = [(${q.mailboxServers})]
        $OverrideName = [(${q.settingOverrideName})]
        # [(${t.ci('rollback.overrides', '        # ')})]
        $serverNames = @{}
        foreach ($fqdn in $MailboxServers) {
            $serverNames[$fqdn] = [string](Get-ExchangeServer -Identity $fqdn -ErrorAction Stop).Name
        }
        $names = @($OverrideName) + @($MailboxServers | ForEach-Object { $OverrideName + ' (' + $serverNames[$_] + ')' })
        $removed = 0
        foreach ($name in $names) {
            $override = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }
            if (-not $override) {
                continue
            }
            # [(${t.ci('override.ours', '            # ')})]
            if ([string]$override.ComponentName -ne 'OwaServer' -or [string]$override.SectionName -ne 'IMSettings') {
                throw ([(${t.f('override.notOurs', '[string]$override.Name', '[string]$override.ComponentName', '[string]$override.SectionName')})])
            }
            if (Test-Change $name 'Remove-SettingOverride (P-8.11)') {
                Remove-SettingOverride -Identity $override.Identity -Confirm:$false -ErrorAction Stop
                if (Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }) {
                    throw ([(${t.f('override.notRemoved', '$name')})])
                }
                Write-Host ([(${t.f('rollback.overrideRemoved', '$name')})])
                $removed++
            }
        }
        if ($removed -eq 0) {
            Write-Host [(${t.q('rollback.noOverride')})]
        }
        else {
            # [(${t.ci('rollback.overrideRefresh', '            # ')})]
            $restartPool = { Import-Module WebAdministration -ErrorAction Stop; Restart-WebAppPool -Name 'MSExchangeOWAAppPool' -ErrorAction Stop }
            $targets = $MailboxServers
            if ($Local) {
                $targets = @([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName.ToLowerInvariant())
                if ($MailboxServers -notcontains $targets[0]) {
                    throw ([(${t.f('override.notPlanServer', '$targets[0]', '($MailboxServers -join '', '')')})])
                }
            }
            foreach ($fqdn in $targets) {
                if (Test-Change $fqdn 'Get-ExchangeDiagnosticInfo -Argument Refresh; Restart-WebAppPool MSExchangeOWAAppPool (P-8.7, P-8.11)') {
                    [void](Get-ExchangeDiagnosticInfo -Server $serverNames[$fqdn] -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh -ErrorAction Stop)
                    if ($Local) {
                        & $restartPool
                    }
                    else {
                        Invoke-Command -ComputerName $fqdn -ScriptBlock $restartPool -ErrorAction Stop
                    }
                    Write-Host ([(${t.f('override.restarted', '$fqdn')})])
                }
            }
        }
    }
[/][# th:if="${!ex2010 and !ex2016}"]    elseif ($Part -eq 'MailboxServer') {
        # [(${t.c('rollback.rightShellMailbox')})]
        $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
        if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
            throw [(${t.q('rollback.notAdmin')})]
        }
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath -or -not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
            throw [(${t.q('rollback.notMailbox')})]
        }
        # [(${t.ci('webConfig.version', '        # ')})]
        $fileVersion = (Get-Item -LiteralPath (Join-Path $installPath 'Bin\ExSetup.exe')).VersionInfo
        if ($fileVersion.FileMajorPart -ne 15 -or $fileVersion.FileMinorPart -ne 0) {
            throw ([(${t.f('webConfig.notExchange2013', '$env:COMPUTERNAME', '$fileVersion.FileVersion')})])
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
                # [(${t.c('rollback.caseInsensitive')})]
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
            Write-Host ([(${t.f('rollback.noKeys', '$webConfigPath')})])
        }
        elseif (Test-Change $webConfigPath ([(${t.f('rollback.removeAction', '($removed -join '', '')')})])) {
            $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
            Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
            Write-Host ([(${t.f('common.backup', '$backupPath')})])
            $document.Save($webConfigPath)
            # [(${t.c('webConfig.readBack')})]
            $check = New-Object System.Xml.XmlDocument
            $check.Load($webConfigPath)
            $left = @($check.SelectNodes('/configuration/appSettings/add') | Where-Object { $_.GetAttribute('key') -eq 'IMCertificateThumbprint' -or $_.GetAttribute('key') -eq 'IMServerName' })
            if ($left.Count -gt 0) {
                throw ([(${t.f('rollback.keysLeft', '$webConfigPath')})])
            }
            Write-Host ([(${t.f('rollback.removed', '($removed -join '', '')')})])
            if (Test-Change 'MSExchangeOWAAppPool' 'appcmd recycle apppool (P-3.7)') {
                # [(${t.c('rollback.recycleExitCode')})]
                $output = & $appcmd recycle apppool '/apppool.name:MSExchangeOWAAppPool' | Out-String
                $recycleExit = $LASTEXITCODE
                Write-Host $output.Trim()
                if ($recycleExit -ne 0) {
                    throw ([(${t.f('rollback.recycleFailed', '$recycleExit')})])
                }
            }
        }
    }
[/][# th:if="${createsPool}"]    elseif ($Part -eq 'Lync') {
        # [(${t.c('common.rightShellLync')})]
        if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw [(${t.q('rollback.noLyncCmdlet')})]
        }
        $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
        # [(${t.ci('rollback.lyncApplication', '        # ')})]
        $inPool = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
        $ours = @($inPool | Where-Object { [string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId })
        $others = @($inPool | Where-Object { [string]$_.ApplicationId -ne ('urn:application:' + $ApplicationId) -and [string]$_.ApplicationId -ne $ApplicationId })
        if ($ours.Count -eq 0) {
            Write-Host ([(${t.f('rollback.noApplication', '$ApplicationId', '$OwaPoolFqdn')})])
        }
        foreach ($application in $ours) {
            if (Test-Change ([string]$application.Identity) 'Remove-CsTrustedApplication (P-6, P-9.4)') {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false -ErrorAction Stop
                if (Get-CsTrustedApplication -Identity $application.Identity -ErrorAction SilentlyContinue) {
                    throw ([(${t.f('rollback.applicationNotRemoved', '$application.Identity')})])
                }
                Write-Host ([(${t.f('common.removedApplication', '$application.Identity')})])
            }
        }

        # [(${t.ci('rollback.lyncPool', '        # ')})]
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $pool) {
            Write-Host ([(${t.f('rollback.noPool', '$OwaPoolFqdn')})])
        }
        else {
            $otherComputers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue |
                ForEach-Object { Get-BareFqdn ([string]$_.Identity) } |
                Where-Object { $PoolComputerFqdns -notcontains $_ })
            if ($others.Count -gt 0 -or $otherComputers.Count -gt 0) {
                $left = @($others | ForEach-Object { [string]$_.Identity }) + $otherComputers
                Write-Host ([(${t.f('rollback.poolKept', '$OwaPoolFqdn', '($left -join '', '')')})])
            }
            elseif (Test-Change $OwaPoolFqdn [(${t.q('rollback.removePoolAction')})]) {
                Remove-CsTrustedApplicationPool -Identity $pool.Identity -Confirm:$false -ErrorAction Stop
                if (Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue) {
                    throw ([(${t.f('rollback.poolNotRemoved', '$OwaPoolFqdn')})])
                }
                Write-Host ([(${t.f('common.removedPool', '$OwaPoolFqdn')})])
            }
        }

        # [(${t.ci('rollback.lyncPublish', '        # ')})]
        if (Test-Change ([(${t.q('common.lyncTopology')})]) 'Enable-CsTopology (P-6, P-9.4)') {
            Enable-CsTopology -Confirm:$false -ErrorAction Stop
            Write-Host [(${t.q('common.topologyPublished')})]
        }
        if (-not $WhatIfPreference -and $Declined.Count -eq 0) {
            $remaining = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
                Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn -and ([string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId) })
            if ($remaining.Count -gt 0) {
                throw ([(${t.f('rollback.applicationNotRemoved', '$remaining[0].Identity')})])
            }
        }
    }
[/]
    Complete-Change ([(${t.f('rollback.success', '$Part')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
